import type { LeadImage } from '../../core/schemas';

/** The lead image with its caption and credit; with no image file, the caption still shows. */
export function LeadFigure({ image }: { image: LeadImage }) {
  const { src, alt, caption, credit } = image;
  if (!src && !caption && !credit) return null;
  return (
    <figure className={src ? 'lead-figure' : 'lead-figure lead-figure--caption-only'}>
      {src && <img src={src} alt={alt ?? ''} className="lead-figure__image" decoding="async" />}
      {(caption || credit) && (
        <figcaption className="lead-figure__caption">
          {caption}
          {caption && credit && ' '}
          {credit && <span className="lead-figure__credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/** Grey bars where text will appear, so the page does not jump when it arrives. */
export function SkeletonLines({ lines, label }: { lines: number; label?: string }) {
  // One announcement per loading area: a block without a label is only decoration.
  return (
    <div
      className="skeleton"
      role={label ? 'status' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" />
      ))}
    </div>
  );
}

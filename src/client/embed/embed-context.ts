import { createContext, use } from 'react';

export interface Embedding {
  /** Called once the comments have loaded (or failed): the frame then has real content to size. */
  onCommentsSettled(): void;
}

/**
 * Present inside the embed page. The frame is as tall as its content there, so its "window" never
 * scrolls: windowing and load-on-scroll would load and render everything at once, and are off.
 */
export const EmbeddingContext = createContext<Embedding | null>(null);

export const useEmbedding = (): Embedding | null => use(EmbeddingContext);

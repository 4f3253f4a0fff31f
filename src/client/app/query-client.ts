import { QueryClient } from '@tanstack/react-query';
import { HttpError, TimeoutError } from '../lib/http';
import { ContractError } from '../../core/validate';

/** Retrying cannot fix a 4xx or a response of the wrong shape; it can fix a blip in the network. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ContractError) return false;
  if (error instanceof HttpError && error.status < 500) return false;
  // A reader has already waited the whole time-out: say so now, with Try again, not after three.
  if (error instanceof TimeoutError) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}

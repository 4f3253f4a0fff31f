import { queryOptions } from '@tanstack/react-query';
import { publicConfigSchema } from '../../core/schemas';
import { fetchJson } from '../lib/http';

/** This deployment's settings (GET /api/config): they change only when the server restarts. */
export const publicConfigQuery = () =>
  queryOptions({
    queryKey: ['config'] as const,
    queryFn: ({ signal }) =>
      fetchJson((input, init) => fetch(input, init), '/api/config', publicConfigSchema, {
        signal,
        what: 'This Parley’s settings',
      }),
    staleTime: Infinity,
  });

import { QueryClient } from '@tanstack/react-query';

/**
 * One query client for local data (shared/design/pitfalls.md, TanStack Query): nothing goes stale by
 * itself, failures are not retried (a bad file stays bad), and results are never deep-compared (a
 * national dataset holds millions of values). Query keys are built from file name, size and
 * last-modified time, never from a File object (which JSON-hashes to `{}`).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        structuralSharing: false,
      },
      mutations: { retry: false },
    },
  });
}

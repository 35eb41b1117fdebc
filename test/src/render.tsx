/**
 * Rendering app components in a test (happy-dom): inside the providers the app gives them (the query
 * client, a router at `route`). Files that use it say `// @vitest-environment happy-dom` at the top.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { scoreAll } from '@analysis/scoring/score-all';
import type { LoadedDataset } from '@/shared/dataset/types';
import { ingestText } from '../helpers';

export function renderWithApp(ui: ReactNode, route = '/'): RenderResult & { client: QueryClient } {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [route] });
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, client };
}

/** A dataset read from CSV text and scored, as the worker hands it to the views. */
export function loadedFrom(csv: string, name = 'test.csv'): LoadedDataset {
  const dataset = ingestText(csv, {}, name);
  return {
    dataset,
    scoreboard: scoreAll(dataset),
    previews: [],
    slotCounts: new Float64Array(0),
    meta: {},
  };
}

import { createHashRouter } from 'react-router';
import { AppLayout } from './routes/app-layout';
import { NotFound } from './routes/not-found';
import { PlannedView } from './routes/planned-view';
import { RouteError } from './routes/route-error';
import { VIEWS } from './views';

/**
 * Hash routing: with `base: './'` one build works from any host, any sub-path and from disk, and all
 * view state lives in the part after `#`, so reload and shared links restore the view.
 */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        ...VIEWS.map((v) => {
          const Page = v.page;
          return { path: v.path, element: Page ? <Page /> : <PlannedView view={v} /> };
        }),
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}

import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  useMatch,
  type RouterHistory,
} from '@tanstack/react-router';
import { z } from 'zod/mini';
import { UsersPage } from '../features/users/components/users-page';
import { usersSearchSchema } from '../features/users/users-search';
import { AppShell } from './layout/app-shell';
import { NotFound } from './not-found';
import { parseSearch, stringifySearch } from './search-params';

const rootRoute = createRootRoute({
  component: AppShell,
  notFoundComponent: NotFound,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/users' });
  },
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'users',
  validateSearch: (search) => usersSearchSchema.parse(search),
  component: function UsersRouteComponent() {
    const query = usersRoute.useSearch();
    const navigate = usersRoute.useNavigate();
    const openUser = useMatch({ from: '/users/$userId', shouldThrow: false });
    return (
      <>
        <UsersPage
          query={query}
          openUserId={openUser?.params.userId}
          onQueryChange={(next) =>
            void navigate({ search: next, replace: next.page === query.page })
          }
        />
        <Outlet />
      </>
    );
  },
});

const usersIndexRoute = createRoute({ getParentRoute: () => usersRoute, path: '/' });

const userRoute = createRoute({
  getParentRoute: () => usersRoute,
  path: '$userId',
  component: lazyRouteComponent(() => import('./routes/user-route'), 'UserRouteComponent'),
});

const conferenceBridgesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'settings/conference-bridge',
  component: lazyRouteComponent(
    () => import('../features/bridge-settings/components/conference-bridges-page'),
    'ConferenceBridgesPage',
  ),
});

const auditLogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'audit-log',
  component: lazyRouteComponent(
    () => import('../features/audit-log/components/audit-log-page'),
    'AuditLogPage',
  ),
});

const jobsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'jobs',
  component: lazyRouteComponent(() => import('../features/jobs/components/jobs-page'), 'JobsPage'),
});

const jobRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'jobs/$jobId',
  component: lazyRouteComponent(() => import('./routes/job-route'), 'JobRouteComponent'),
});

/** M3: the State filter; the route component keeps only a state the API knows. */
const meetingMigrationsSearchSchema = z.object({
  state: z.catch(z.optional(z.string()), undefined),
});

const meetingMigrationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'meeting-migrations',
  validateSearch: (search) => meetingMigrationsSearchSchema.parse(search),
  component: lazyRouteComponent(
    () => import('./routes/meeting-migrations-route'),
    'MeetingMigrationsRouteComponent',
  ),
});

const myPinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'me/pin',
  component: lazyRouteComponent(
    () => import('../features/self-service/components/my-pin-page'),
    'MyPinPage',
  ),
});

const emailsSearchSchema = z.object({ id: z.catch(z.optional(z.string()), undefined) });

/**
 * The mock-only pages (the mailbox, the dial-in simulator): in a build without the mock this
 * whole expression is dropped at build time, with the chunks it loads.
 */
const mockRoutes = __MOCK_MODE__
  ? ([
      createRoute({
        getParentRoute: () => rootRoute,
        path: 'emails',
        validateSearch: (search) => emailsSearchSchema.parse(search),
        component: lazyRouteComponent(
          () => import('./mock-mode/emails-route'),
          'EmailsRouteComponent',
        ),
      }),
      createRoute({
        getParentRoute: () => rootRoute,
        path: 'dial-in',
        component: lazyRouteComponent(
          () => import('./mock-mode/dial-in-route'),
          'DialInRouteComponent',
        ),
      }),
    ] as const)
  : ([] as const);

const routeTree = rootRoute.addChildren([
  indexRoute,
  usersRoute.addChildren([usersIndexRoute, userRoute]),
  conferenceBridgesRoute,
  auditLogRoute,
  jobsRoute,
  jobRoute,
  meetingMigrationsRoute,
  myPinRoute,
  ...mockRoutes,
]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    defaultPreload: 'intent',
    scrollRestoration: true,
    parseSearch,
    stringifySearch,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

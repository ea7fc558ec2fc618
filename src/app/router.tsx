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
import { MOCK_MODE } from '../api/config';
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

const emailsSearchSchema = z.object({ id: z.catch(z.optional(z.string()), undefined) });

const emailsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'emails',
  validateSearch: (search) => emailsSearchSchema.parse(search),
  component: lazyRouteComponent(() => import('./routes/emails-route'), 'EmailsRouteComponent'),
});

const dialInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'dial-in',
  component: lazyRouteComponent(
    () => import('../features/dial-in/components/dial-in-page'),
    'DialInPage',
  ),
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

const myPinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'me/pin',
  component: lazyRouteComponent(
    () => import('../features/self-service/components/my-pin-page'),
    'MyPinPage',
  ),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  usersRoute.addChildren([usersIndexRoute, userRoute]),
  conferenceBridgesRoute,
  emailsRoute,
  auditLogRoute,
  myPinRoute,
  ...(MOCK_MODE ? [dialInRoute] : []),
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

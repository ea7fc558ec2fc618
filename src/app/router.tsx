import {
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  type RouterHistory,
} from '@tanstack/react-router';
import { z } from 'zod';
import { MOCK_MODE } from '../api/config';
import { ConferenceBridgesPage } from '../features/bridge-settings/components/conference-bridges-page';
import { DialInPage } from '../features/dial-in/components/dial-in-page';
import { MyPinPage } from '../features/self-service/components/my-pin-page';
import { SentEmailsPage } from '../features/emails/components/sent-emails-page';
import { UsersPage } from '../features/users/components/users-page';
import { usersSearchSchema } from '../features/users/users-search';
import { AppShell } from './layout/app-shell';
import { EditUserPanel } from './edit-user-panel';
import { NotFound } from './not-found';

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
    return (
      <>
        <UsersPage
          query={query}
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
  component: function UserRouteComponent() {
    const { userId } = userRoute.useParams();
    const navigate = userRoute.useNavigate();
    return (
      <EditUserPanel
        userId={userId}
        onClose={() => void navigate({ to: '/users', search: (previous) => previous })}
      />
    );
  },
});

const emailsSearchSchema = z.object({ id: z.string().optional().catch(undefined) });

const emailsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'emails',
  validateSearch: (search) => emailsSearchSchema.parse(search),
  component: function EmailsRouteComponent() {
    const { id } = emailsRoute.useSearch();
    const navigate = emailsRoute.useNavigate();
    return (
      <SentEmailsPage
        selectedId={id}
        onSelect={(next) => void navigate({ search: { id: next } })}
      />
    );
  },
});

const dialInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'dial-in',
  component: DialInPage,
});

const conferenceBridgesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'settings/conference-bridge',
  component: ConferenceBridgesPage,
});

const myPinRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'me/pin',
  component: MyPinPage,
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  usersRoute.addChildren([usersIndexRoute, userRoute]),
  conferenceBridgesRoute,
  emailsRoute,
  myPinRoute,
  ...(MOCK_MODE ? [dialInRoute] : []),
]);

export function createAppRouter(history?: RouterHistory) {
  return createRouter({ routeTree, history, defaultPreload: 'intent', scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

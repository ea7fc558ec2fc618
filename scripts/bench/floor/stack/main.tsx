// The decided stack's floor (PRODUCT.md §1): the least a /users page built with it downloads. React,
// Fluent UI's provider and theme with a button, a search box and a spinner, TanStack Router with
// two routes and a validated search, TanStack Query and a zod/mini schema — each used once, no app
// code. The bench only weighs it: what the app adds to the stack is the difference.
import {
  Button,
  FluentProvider,
  makeStyles,
  SearchBox,
  Spinner,
  webLightTheme,
} from '@fluentui/react-components';
import { FilterAddRegular } from '@fluentui/react-icons';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import {
  createRootRoute,
  createRoute,
  createRouter,
  Link,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { createRoot } from 'react-dom/client';
import { z } from 'zod/mini';

const usersSchema = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string() })),
  total: z.number(),
});
const useStyles = makeStyles({ bar: { display: 'flex', gap: '12px' } });
const queryClient = new QueryClient();

function Users() {
  const styles = useStyles();
  const users = useQuery({
    queryKey: ['users'],
    queryFn: async () => usersSchema.parse(await (await fetch('/users.json')).json()),
  });
  return (
    <main>
      <div className={styles.bar}>
        <SearchBox aria-label="Search users" />
        <Button icon={<FilterAddRegular />}>Add filter</Button>
      </div>
      {users.data ? (
        <table aria-label="Users">
          <tbody>
            {users.data.items.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link to="/users/$userId" params={{ userId: user.id }}>
                    {user.displayName}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Spinner label="Loading users…" />
      )}
    </main>
  );
}

const rootRoute = createRootRoute({ component: Outlet });
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  component: Users,
  validateSearch: (search: Record<string, unknown>) => ({ search: String(search.search ?? '') }),
});
const userRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users/$userId',
  component: () => <p>User</p>,
});
const router = createRouter({ routeTree: rootRoute.addChildren([usersRoute, userRoute]) });

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme}>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </FluentProvider>,
);

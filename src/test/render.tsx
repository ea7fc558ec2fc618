import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { App } from '../app/app';

function testQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
}

/**
 * Renders a component with a fresh QueryClient (no retries) and a router at `route`, against the
 * real mock handlers (see src/test/server.ts), as a user would meet it.
 */
export function renderWithProviders(ui: ReactNode, { route = '/' }: { route?: string } = {}) {
  const queryClient = testQueryClient();
  const router = createRouter({
    routeTree: createRootRoute({ component: () => ui }),
    history: createMemoryHistory({ initialEntries: [route] }),
  });
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { ...view, user, queryClient, router };
}

/** The whole app at a route, for tests of routing and composition. */
export async function renderApp(route: string) {
  const queryClient = testQueryClient();
  const user = userEvent.setup();
  const view = render(
    <App queryClient={queryClient} history={createMemoryHistory({ initialEntries: [route] })} />,
  );
  await screen.findByRole('navigation', { name: 'Main' });
  return { ...view, user, queryClient };
}

/**
 * Finds an open dialog by its title. In jsdom (no layout), Fluent's focus manager sometimes
 * leaves aria-hidden on a freshly opened dialog because it can't move focus into it, and then the
 * name can't be computed either; real browsers don't do this (the Playwright suite checks dialogs
 * there, with axe). So this looks at every dialog and reads the title it is labelled by.
 */
export function findDialog(name: string) {
  return waitFor(() => {
    const match = screen
      .getAllByRole('dialog', { hidden: true })
      .find(
        (d) =>
          document.getElementById(d.getAttribute('aria-labelledby') ?? '')?.textContent === name,
      );
    if (!match) throw new Error(`No open dialog titled "${name}"`);
    return match;
  });
}

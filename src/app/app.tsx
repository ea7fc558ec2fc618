import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { createQueryClient, useQueryCacheProbe } from './query-client';
import { createAppRouter } from './router';

/** The whole app; tests pass their own query client and an in-memory history. */
export function App(props: { queryClient?: QueryClient; history?: RouterHistory }) {
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  useQueryCacheProbe(queryClient);
  const [router] = useState(() => createAppRouter(props.history));
  return (
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </FluentProvider>
  );
}

import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  webLightTheme,
} from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { useState } from 'react';
import { cspNonce } from './csp-nonce';
import { createQueryClient, useQueryCacheProbe } from './query-client';
import { createAppRouter } from './router';

/** The whole app; tests pass their own query client and an in-memory history. */
export function App(props: { queryClient?: QueryClient; history?: RouterHistory }) {
  const [queryClient] = useState(() => props.queryClient ?? createQueryClient());
  useQueryCacheProbe(queryClient);
  const [router] = useState(() => createAppRouter(props.history));
  // Fluent's style elements carry the page's CSP nonce, so the policy needs no 'unsafe-inline'.
  const [renderer] = useState(() => {
    const nonce = cspNonce();
    return createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});
  });
  return (
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </FluentProvider>
    </RendererProvider>
  );
}

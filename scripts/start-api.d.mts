export function startApi(options?: {
  port?: number;
  scenario?: 'default' | 'large' | 'empty';
}): Promise<{ url: string; stop: () => Promise<void> }>;

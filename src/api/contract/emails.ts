/** Mock only: the mailbox of every email the mock sent (E5). PINs in it are masked (A3). */
import { z } from 'zod/mini';
import { sentEmailSchema } from './common';
import { defineRoute } from './route';

export const sentEmailsSchema = z.object({ items: z.array(sentEmailSchema) });
export type SentEmails = z.infer<typeof sentEmailsSchema>;

export const listEmailsRoute = defineRoute({
  operationId: 'listSentEmails',
  method: 'get',
  path: '/emails',
  summary: 'The mock mailbox, newest first',
  tag: 'Mock: mailbox',
  access: 'admin',
  response: sentEmailsSchema,
  responseDescription: 'Every email sent, newest first.',
  mockOnly: true,
});

/** Mock only: the simulated bridge, so that the rules can be seen working (D1–D3). */
import { z } from 'zod/mini';
import { defineRoute } from './route';

export const meetingSchema = z.object({
  conferenceId: z.string(),
  organizerName: z.string(),
  started: z.boolean(),
  inMeeting: z.array(z.string()),
  inLobby: z.array(z.string()),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const dialInRequestSchema = z.object({
  conferenceId: z.string().check(z.maxLength(50)),
  pin: z.optional(z.string().check(z.maxLength(50))),
});
export type DialInRequest = z.infer<typeof dialInRequestSchema>;

/** What the bridge answers a caller (D1–D2). A refusal is an answer, not an HTTP error. */
export const dialInResultSchema = z.object({
  outcome: z.enum(['started', 'joined', 'lobby', 'refused']),
  message: z.string(),
  meeting: z.nullable(meetingSchema),
});
export type DialInResult = z.infer<typeof dialInResultSchema>;

export const meetingsSchema = z.object({ items: z.array(meetingSchema) });
export type Meetings = z.infer<typeof meetingsSchema>;

export const dialInRoute = defineRoute({
  operationId: 'dialIn',
  method: 'post',
  path: '/dial-in',
  summary: 'Dial in to the bridge',
  description:
    'A caller dials a conference ID, with or without the organizer’s PIN. A retired or unknown ID is refused (D1); the right PIN starts the meeting (D2); a wrong one counts toward the lock (D3).',
  tag: 'Mock: dial-in',
  access: 'admin',
  body: dialInRequestSchema,
  response: dialInResultSchema,
  responseDescription: 'What the bridge answers the caller.',
  cache: 'no-store',
  mockOnly: true,
});

export const listMeetingsRoute = defineRoute({
  operationId: 'listMeetings',
  method: 'get',
  path: '/dial-in/meetings',
  summary: 'The meetings on the bridge now',
  tag: 'Mock: dial-in',
  access: 'admin',
  response: meetingsSchema,
  responseDescription: 'Each meeting with who is in it and who waits in the lobby.',
  mockOnly: true,
});

export const endMeetingRoute = defineRoute({
  operationId: 'endMeeting',
  method: 'post',
  path: '/dial-in/meetings/:conferenceId/end',
  summary: 'End a meeting',
  tag: 'Mock: dial-in',
  access: 'admin',
  params: { conferenceId: 'The meeting’s conference ID.' },
  response: null,
  responseDescription: 'The meeting ended: everyone in it and in its lobby left.',
  mockOnly: true,
});

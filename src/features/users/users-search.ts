import { z } from 'zod';

/** The users list's state, kept in the URL (validated). */
export const usersSearchSchema = z.object({
  search: z.string().max(200).optional().catch(undefined),
  page: z.coerce.number().int().positive().max(100_000).optional().catch(undefined),
});
export type UsersSearch = z.infer<typeof usersSearchSchema>;

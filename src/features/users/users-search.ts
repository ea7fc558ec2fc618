import { z } from 'zod/mini';
import {
  decodeFilterClause,
  MAX_FILTER_CLAUSES,
  SORT_FIELDS,
  SORT_ORDERS,
} from '../../api/contract/user-list';

/** One clause arrives as a string, several as an array; a clause that isn't valid is dropped. */
const filterParam = z.catch(
  z.optional(
    z.pipe(
      z.union([z.string(), z.array(z.string())]),
      z.transform((value) => {
        const clauses = (Array.isArray(value) ? value : [value])
          .filter((text) => decodeFilterClause(text) !== null)
          .slice(0, MAX_FILTER_CLAUSES);
        return clauses.length > 0 ? clauses : undefined;
      }),
    ),
  ),
  undefined,
);

const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/** The users list's state, kept in the URL (validated): a link shows the same results anywhere. */
export const usersSearchSchema = z.object({
  search: optional(z.string().check(z.maxLength(200))),
  filter: filterParam,
  sort: optional(z.enum(SORT_FIELDS)),
  order: optional(z.enum(SORT_ORDERS)),
  page: optional(z.coerce.number().check(z.int(), z.positive(), z.maximum(100_000))),
});
export type UsersSearch = z.infer<typeof usersSearchSchema>;

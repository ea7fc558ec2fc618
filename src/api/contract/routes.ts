/** Every route of the contract: what the OpenAPI document describes and the mock registers. */
import * as audioConferencing from './audio-conferencing';
import * as audit from './audit';
import * as bridge from './bridge';
import * as common from './common';
import * as dialIn from './dial-in';
import * as emails from './emails';
import * as jobs from './jobs';
import * as me from './me';
import * as meetings from './meetings';
import * as mock from './mock';
import * as openapi from './openapi';
import * as pinPolicies from './pin-policies';
import * as pins from './pins';
import type { RouteDefinition } from './route';
import * as userList from './user-list';
import * as users from './users';

/** The contract's modules, by resource: their `…Route` exports are the routes, the rest schemas. */
export const CONTRACT_MODULES = {
  common,
  users,
  userList,
  audioConferencing,
  pins,
  pinPolicies,
  bridge,
  me,
  audit,
  jobs,
  meetings,
  emails,
  dialIn,
  mock,
  openapi,
} as const;

function isRoute(value: unknown): value is RouteDefinition {
  return typeof value === 'object' && value !== null && 'operationId' in value && 'path' in value;
}

export const ALL_ROUTES: readonly RouteDefinition[] = Object.values(CONTRACT_MODULES).flatMap(
  (module) => Object.values(module).filter(isRoute),
);

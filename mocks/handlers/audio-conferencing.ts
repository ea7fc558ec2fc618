import {
  resetConferenceIdRoute,
  sendConferenceInfoRoute,
  setConferenceIdRoute,
  updateAudioConferencingRoute,
} from '../../src/api/contract/audio-conferencing';
import { resetConferenceId, sendConferenceInfo } from '../domain/actions';
import { setConferenceId } from '../domain/set-conference-id';
import { updateAudioConferencing } from '../domain/update-audio-conferencing';
import type { MockServerParts } from './parts';
import { identityIn, onIdentity, userTarget } from './change';
import { toResponse } from './http';

/** A4: the version of the user the change was made against. */
export const ifMatch = (request: Request) => request.headers.get('If-Match') ?? undefined;

export function audioConferencingHandlers({
  router: { change },
  store,
  ctx,
  guard,
}: MockServerParts) {
  const onUser = { target: userTarget };
  return [
    change(
      resetConferenceIdRoute,
      guard('resetConferenceId', onUser),
      ({ params, request }) =>
        toResponse(
          store.write((tenant) => resetConferenceId(tenant, ctx, params.userId, ifMatch(request))),
        ),
      onIdentity('resetConferenceId'),
    ),
    change(
      setConferenceIdRoute,
      guard('setConferenceId', onUser),
      ({ params, request, body }) =>
        toResponse(
          store.write((tenant) =>
            setConferenceId(tenant, ctx, params.userId, body.conferenceId, ifMatch(request)),
          ),
        ),
      ({ params, body }, tenant) => {
        const identity = identityIn(tenant, params);
        return identity === null
          ? null
          : { action: 'setConferenceId', identity, conferenceId: body.conferenceId };
      },
    ),
    change(
      updateAudioConferencingRoute,
      guard('updateAudioConferencing', onUser),
      ({ params, request, body }) =>
        toResponse(
          store.write((tenant) =>
            updateAudioConferencing(tenant, ctx, params.userId, body, ifMatch(request)),
          ),
        ),
      ({ params, body }, tenant) => {
        const identity = identityIn(tenant, params);
        return identity === null
          ? null
          : { action: 'updateAudioConferencing', identity, settings: body };
      },
    ),
    change(
      sendConferenceInfoRoute,
      guard('sendConferenceInfo', onUser),
      ({ params, body }) =>
        toResponse(
          store.write((tenant) => sendConferenceInfo(tenant, ctx, params.userId, body.to)),
        ),
      ({ params, body }, tenant) => {
        const identity = identityIn(tenant, params);
        return identity === null
          ? null
          : { action: 'sendConferenceInfo', identity, sendTo: body.to ?? null };
      },
    ),
  ];
}

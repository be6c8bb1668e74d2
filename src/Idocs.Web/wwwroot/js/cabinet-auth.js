// Certificate login and registration for the cabinet's pages. The browser itself calls the auth
// endpoints with fetch, so the session cookie they set lands in the browser and not in the Blazor
// circuit. Every function resolves to a plain object for .NET interop and never rejects: failures
// come back as { ok: false, code, detail } where `code` is a stable code the page localizes.
import { NcaLayerClient, NcaLayerError } from './ncalayer.js';

const AUTH = '/api/v1/auth';

/** Error codes of this module, besides NcaLayerErrorCodes and the server's problem `code`. */
export const CabinetAuthErrorCodes = Object.freeze({
  /** The server could not be reached. */
  network: 'cabinet.network',
  /** The server rejected the request without a problem code; `detail` contains the HTTP status. */
  http: 'cabinet.http',
  /** The page asked for something this module does not know, such as an unknown kind. */
  invalidArgument: 'cabinet.invalid-argument',
});

const PROFILE_KINDS = ['company', 'soleProprietor', 'individual'];

/**
 * Connects to the signer and lists the storages it can offer: always the key file (PKCS12),
 * plus the hardware tokens plugged in.
 */
export async function probe(url, connectTimeoutMs) {
  const client = new NcaLayerClient({ url, connectTimeoutMs });
  try {
    const version = await client.connect();
    let tokens = [];
    try {
      tokens = await client.getActiveTokens();
    } catch {
      // Older NCALayer builds lack getActiveTokens; the key file still works.
      tokens = [];
    }
    return { ok: true, version, storages: ['PKCS12', ...(Array.isArray(tokens) ? tokens : [])] };
  } catch (error) {
    return failure(error);
  } finally {
    client.close();
  }
}

/** Signs a login challenge and opens a session; resolves to { ok, profiles }. */
export async function signIn({ url, connectTimeoutMs, storage, locale }) {
  return withSignedChallenge('login', { url, connectTimeoutMs, storage, locale }, async (challengeId, signedXml) => {
    const response = await postJson(`${AUTH}/login`, { challengeId, signedXml });
    return response.ok ? { ok: true, profiles: response.body?.profiles ?? [] } : response;
  });
}

/** Signs a registration challenge and creates a profile of `kind`; resolves to { ok, profileId }. */
export async function register({ url, connectTimeoutMs, storage, locale, kind }) {
  if (!PROFILE_KINDS.includes(kind)) {
    return { ok: false, code: CabinetAuthErrorCodes.invalidArgument, detail: `Unknown profile kind '${kind}'.` };
  }
  return withSignedChallenge('registration', { url, connectTimeoutMs, storage, locale }, async (challengeId, signedXml) => {
    const response = await postJson(`${AUTH}/register`, { challengeId, signedXml, kind });
    return response.ok ? { ok: true, profileId: response.body?.profileId ?? null } : response;
  });
}

/** Makes `profileId` the session's current profile. */
export async function chooseProfile(profileId) {
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const response = await postJson(`${AUTH}/profile`, { profileId }, antiforgery.header);
  return response.ok ? { ok: true } : response;
}

/** Ends the session; a session that has already ended counts as success. */
export async function logout() {
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery.status === 401 ? { ok: true } : antiforgery;
  }
  const response = await postJson(`${AUTH}/logout`, {}, antiforgery.header);
  return response.ok || response.status === 401 ? { ok: true } : response;
}

/**
 * Fetches the antiforgery token that state-changing calls of a signed-in session must send.
 * The server binds it to the signed-in person, so it is fetched after login, not before.
 */
export async function antiforgeryHeader() {
  let response;
  try {
    response = await fetch(`${AUTH}/antiforgery`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    return { ok: false, code: CabinetAuthErrorCodes.network, detail: String(error?.message ?? error) };
  }
  if (!response.ok) {
    return { ok: false, status: response.status, code: CabinetAuthErrorCodes.http, detail: `HTTP ${response.status}` };
  }
  const body = await response.json();
  return { ok: true, header: { [body.headerName]: body.requestToken } };
}

async function withSignedChallenge(purpose, { url, connectTimeoutMs, storage, locale }, submit) {
  const challenge = await postJson(`${AUTH}/challenges`, { purpose });
  if (!challenge.ok) {
    return challenge;
  }
  const client = new NcaLayerClient({ url, connectTimeoutMs });
  let signedXml;
  try {
    signedXml = await client.signXml(challenge.body.xml, {
      allowedStorages: storage ? [storage] : null,
      locale,
    });
  } catch (error) {
    return failure(error);
  } finally {
    client.close();
  }
  return submit(challenge.body.challengeId, signedXml);
}

export async function postJson(path, body, extraHeaders = {}) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...extraHeaders },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, code: CabinetAuthErrorCodes.network, detail: String(error?.message ?? error) };
  }
  let parsed = null;
  const text = await response.text();
  if (text.length > 0) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (response.ok) {
    return { ok: true, status: response.status, body: parsed };
  }
  return {
    ok: false,
    status: response.status,
    code: typeof parsed?.code === 'string' ? parsed.code : CabinetAuthErrorCodes.http,
    detail: parsed?.detail ?? parsed?.title ?? `HTTP ${response.status}`,
  };
}

function failure(error) {
  if (error instanceof NcaLayerError) {
    return { ok: false, code: error.code, detail: error.details ?? error.message };
  }
  return { ok: false, code: CabinetAuthErrorCodes.network, detail: String(error?.message ?? error) };
}

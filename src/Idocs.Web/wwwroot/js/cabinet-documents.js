// Document actions of the cabinet's pages, sent by the browser to the documents API over plain HTTP
// with the antiforgery header, so the server records the person's own address and neither files
// nor signatures cross the Blazor circuit. To sign, the browser downloads each file and NCALayer
// signs its bytes as a detached CMS. Every function resolves to a plain object for .NET interop
// and never rejects: failures come back as { ok: false, code, detail }.
import { NcaLayerClient, NcaLayerError, bytesToBase64 } from './ncalayer.js';
import { CabinetAuthErrorCodes, antiforgeryHeader, postJson } from './cabinet-auth.js';

const DOCUMENTS = '/api/v1/documents';
const ACTIONS = ['approve', 'reject', 'revoke', 'reminders'];

/**
 * Signs every file in `files` (SHA-256 hex of each) of one document, one request per file, and
 * resolves to { ok, status } with the document's status after the last signature.
 * A failure stops at that file: { ok: false, code, detail, signed } counts the files already signed.
 */
export async function signDocument({ url, connectTimeoutMs, documentId, files, locale }) {
  if (!Array.isArray(files) || files.length === 0) {
    return { ok: false, code: CabinetAuthErrorCodes.invalidArgument, detail: 'No file to sign was given.' };
  }
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }

  const client = new NcaLayerClient({ url, connectTimeoutMs });
  let status = null;
  let signed = 0;
  try {
    for (const sha256 of files) {
      const bytes = await download(`${DOCUMENTS}/${documentId}/files/${sha256}`);
      if (!bytes.ok) {
        return { ...bytes, signed };
      }
      const signature = await client.signCms(bytesToBase64(bytes.content), { locale });
      const response = await postJson(
        `${DOCUMENTS}/${documentId}/sign`,
        { fileSha256: sha256, signature },
        { ...antiforgery.header, 'Idempotency-Key': crypto.randomUUID() });
      if (!response.ok) {
        return { ...response, signed };
      }
      status = response.body?.status ?? null;
      signed += 1;
    }
  } catch (error) {
    return { ...failure(error), signed };
  } finally {
    client.close();
  }
  return { ok: true, status, signed };
}

/**
 * Runs one route or sender action on a document: `approve`, `reject` and `revoke` (with `reason`)
 * or `reminders`. Resolves to { ok, status } with the document's status afterwards.
 */
export async function act({ documentId, action, reason }) {
  if (!ACTIONS.includes(action)) {
    return { ok: false, code: CabinetAuthErrorCodes.invalidArgument, detail: `Unknown document action '${action}'.` };
  }
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const body = action === 'reject' || action === 'revoke' ? { reason: reason ?? '' } : {};
  const response = await postJson(
    `${DOCUMENTS}/${documentId}/${action}`,
    body,
    { ...antiforgery.header, 'Idempotency-Key': crypto.randomUUID() });
  return response.ok ? { ok: true, status: response.body?.status ?? null } : response;
}

/**
 * Starts a one-step signing route on a document with `employeeId` as the only signer.
 * Resolves to { ok } or { ok: false, code, detail }.
 */
export async function startSigning({ documentId, employeeId }) {
  const antiforgery = await antiforgeryHeader();
  if (!antiforgery.ok) {
    return antiforgery;
  }
  const response = await postJson(
    `${DOCUMENTS}/${documentId}/route`,
    { stages: [{ kind: 'sign', employeeIds: [employeeId], completion: 'all-of' }] },
    { ...antiforgery.header, 'Idempotency-Key': crypto.randomUUID() });
  return response.ok ? { ok: true, status: null } : response;
}

async function download(path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (error) {
    return { ok: false, code: CabinetAuthErrorCodes.network, detail: String(error?.message ?? error) };
  }
  if (!response.ok) {
    let code = CabinetAuthErrorCodes.http;
    let detail = `HTTP ${response.status}`;
    try {
      const problem = await response.json();
      code = typeof problem?.code === 'string' ? problem.code : code;
      detail = problem?.detail ?? detail;
    } catch {
      // The body is not a problem document; the status code is all there is to report.
    }
    return { ok: false, status: response.status, code, detail };
  }
  return { ok: true, content: new Uint8Array(await response.arrayBuffer()) };
}

function failure(error) {
  if (error instanceof NcaLayerError) {
    return { ok: false, code: error.code, detail: error.details ?? error.message };
  }
  return { ok: false, code: CabinetAuthErrorCodes.network, detail: String(error?.message ?? error) };
}

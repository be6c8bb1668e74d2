// Signing in the browser through NCALayer, the NCA RK signing application that listens on a local
// WebSocket (wss://127.0.0.1:13579/ by default). NCALayer handles one request at a time and matches
// responses to requests by order, so this client sends the next request only after the previous
// response arrives. Errors carry a stable `code` from NcaLayerErrorCodes that the page localizes.

export const DEFAULT_NCALAYER_URL = 'wss://127.0.0.1:13579/';

export const NcaLayerErrorCodes = Object.freeze({
  /** NCALayer refused the connection or did not respond in time, so the page shows install guidance. */
  notAvailable: 'ncalayer.not-available',
  /** The user closed NCALayer's dialog or chose no key. */
  canceled: 'ncalayer.canceled',
  /** NCALayer did not respond within the request timeout. The client closes the connection. */
  timeout: 'ncalayer.timeout',
  /** The connection closed while a request was waiting for its response. */
  connectionLost: 'ncalayer.connection-lost',
  /** NCALayer returned an error for the request; `details` holds its own message. */
  failed: 'ncalayer.failed',
  /** NCALayer sent a response this client cannot read. */
  invalidResponse: 'ncalayer.invalid-response',
  /** The page passed arguments this client cannot send, such as an empty list of items. */
  invalidArgument: 'ncalayer.invalid-argument',
});

const BASICS_MODULE = 'kz.gov.pki.knca.basics';
const COMMON_UTILS_MODULE = 'kz.gov.pki.knca.commonUtils';
const CANCELED_MESSAGE = 'action.canceled';

export class NcaLayerError extends Error {
  /**
   * @param {string} code one of NcaLayerErrorCodes
   * @param {string} message English text for developers and logs, not for users
   * @param {string} [details] NCALayer's own error text, when it sent one
   */
  constructor(code, message, details) {
    super(message);
    this.name = 'NcaLayerError';
    this.code = code;
    this.details = details;
  }
}

/** Returns true when an error means NCALayer is not installed or not running. */
export function isNcaLayerMissing(error) {
  return error instanceof NcaLayerError && error.code === NcaLayerErrorCodes.notAvailable;
}

/** Strips PEM armour ("-----BEGIN CMS-----") and line breaks, returning plain base64. */
export function pemToBase64(pem) {
  return pem
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('-----'))
    .join('');
}

/** Encodes bytes (Uint8Array or ArrayBuffer) as base64 for the `data` of a CMS request. */
export function bytesToBase64(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < view.length; start += chunk) {
    binary += String.fromCharCode(...view.subarray(start, start + chunk));
  }
  return btoa(binary);
}

export class NcaLayerClient {
  /**
   * @param {object} [options]
   * @param {string} [options.url] NCALayer address; the cabinet's signer URL setting
   * @param {number} [options.connectTimeoutMs] time to wait for NCALayer's greeting, in milliseconds
   * @param {number} [options.requestTimeoutMs] time to wait for one response, in milliseconds. The default
   *   is five minutes because a person chooses a key and types a password while the request waits.
   * @param {typeof WebSocket} [options.webSocket] WebSocket constructor, for runtimes without a global one
   */
  constructor({
    url = DEFAULT_NCALAYER_URL,
    connectTimeoutMs = 5000,
    requestTimeoutMs = 5 * 60 * 1000,
    webSocket = globalThis.WebSocket,
  } = {}) {
    this.url = url;
    this.connectTimeoutMs = connectTimeoutMs;
    this.requestTimeoutMs = requestTimeoutMs;
    this.webSocket = webSocket;
    this.version = null;
    this.socket = null;
    this.connecting = null;
    this.pending = null;
    this.queue = Promise.resolve();
  }

  /** Opens the connection if it is not open and returns the version NCALayer reported. */
  async connect() {
    if (this.socket && this.socket.readyState === this.webSocket.OPEN) {
      return this.version;
    }
    if (!this.connecting) {
      this.connecting = this.openSocket().finally(() => {
        this.connecting = null;
      });
    }
    return this.connecting;
  }

  /** Closes the connection; a request still waiting fails with connectionLost. */
  close() {
    if (this.socket) {
      this.socket.close();
      this.socket = null;
    }
  }

  /**
   * Signs one item or many as CMS (CAdES-BES) with kz.gov.pki.knca.basics `sign`.
   * Returns base64 DER CMS: a string for one item, an array in item order for an array.
   * @param {string|string[]} data base64 of the bytes to sign, or of their digests when `digested`
   * @param {object} [options]
   * @param {boolean} [options.attached] embed the content in the CMS (default detached)
   * @param {boolean} [options.digested] `data` contains digests computed by the caller
   * @param {string[]} [options.extKeyUsageOids] OIDs the certificate must carry, such as the signing role
   * @param {string[]|null} [options.allowedStorages] storages offered, such as ["PKCS12"]; null offers all
   * @param {string} [options.locale] language of NCALayer's dialog: "ru", "kk" or "en"
   */
  async signCms(data, options = {}) {
    const result = await this.basicsSign('cms', data, {
      decode: true,
      encapsulate: options.attached === true,
      digested: options.digested === true,
    }, options);
    return Array.isArray(result) ? result.map(pemToBase64) : pemToBase64(result);
  }

  /**
   * Signs one XML document or many with an enveloped XMLDSig signature, as for login challenges.
   * Returns the signed XML: a string for one document, an array in document order for an array.
   */
  async signXml(xml, options = {}) {
    const result = await this.basicsSign('xml', xml, {}, options);
    const documents = Array.isArray(result) ? result : [result];
    return Array.isArray(xml) ? documents : documents[0];
  }

  /** Returns the hardware storages plugged in, such as ["AKKaztokenStore"]. */
  async getActiveTokens() {
    return this.commonUtils('getActiveTokens', []);
  }

  /** Opens NCALayer's key dialog for a storage and returns the chosen key's certificate details. */
  async getKeyInfo(storage = 'PKCS12') {
    return this.commonUtils('getKeyInfo', [storage]);
  }

  async basicsSign(format, data, signingParams, options) {
    const items = Array.isArray(data) ? data : [data];
    if (items.length === 0 || items.some((item) => typeof item !== 'string' || item.length === 0)) {
      throw new NcaLayerError(NcaLayerErrorCodes.invalidArgument, 'Pass a non-empty string or a non-empty array of non-empty strings to sign.');
    }
    const request = {
      module: BASICS_MODULE,
      method: 'sign',
      args: {
        allowedStorages: options.allowedStorages ?? null,
        format,
        data,
        signingParams,
        signerParams: { extKeyUsageOids: options.extKeyUsageOids ?? [] },
        locale: options.locale ?? 'ru',
      },
    };
    const response = await this.request(request);
    if (typeof response.status !== 'boolean') {
      throw invalidResponse(response);
    }
    if (!response.status) {
      throw new NcaLayerError(NcaLayerErrorCodes.failed, `NCALayer rejected the ${format} signing request (${response.code}).`, response.details ?? response.message);
    }
    if (!response.body || response.body.result === undefined) {
      // NCALayer responds to a closed dialog with status true and an empty body.
      throw new NcaLayerError(NcaLayerErrorCodes.canceled, 'The user canceled signing in NCALayer.');
    }
    return response.body.result;
  }

  async commonUtils(method, args) {
    const response = await this.request({ module: COMMON_UTILS_MODULE, method, args });
    if (response.code === '200') {
      return response.responseObject;
    }
    if (response.message === CANCELED_MESSAGE) {
      throw new NcaLayerError(NcaLayerErrorCodes.canceled, `The user canceled ${method} in NCALayer.`);
    }
    if (response.code === '500') {
      throw new NcaLayerError(NcaLayerErrorCodes.failed, `NCALayer failed ${method}.`, response.message);
    }
    throw invalidResponse(response);
  }

  /** Queues a request so that only one is on the socket at a time, then returns its parsed response. */
  request(message) {
    const run = () => this.exchange(message);
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  async exchange(message) {
    await this.connect();
    const socket = this.socket;
    return new Promise((resolve, reject) => {
      // NOTE: no automated test runs this request-timeout path yet.
      const timer = setTimeout(() => {
        this.pending = null;
        // A late response would be matched to the next request, so the connection is closed.
        this.close();
        reject(new NcaLayerError(NcaLayerErrorCodes.timeout, `NCALayer did not respond within ${this.requestTimeoutMs} ms.`));
      }, this.requestTimeoutMs);
      this.pending = {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      socket.send(JSON.stringify(message));
    });
  }

  openSocket() {
    return new Promise((resolve, reject) => {
      let settled = false;
      let socket;
      const fail = (error) => {
        if (!settled) {
          settled = true;
          clearTimeout(timer);
          reject(error);
        }
      };
      const timer = setTimeout(() => {
        fail(new NcaLayerError(NcaLayerErrorCodes.notAvailable, `NCALayer at ${this.url} did not respond within ${this.connectTimeoutMs} ms. Check that NCALayer is installed and running.`));
        socket?.close();
      }, this.connectTimeoutMs);

      try {
        socket = new this.webSocket(this.url);
      } catch (error) {
        fail(new NcaLayerError(NcaLayerErrorCodes.notAvailable, `Cannot open a WebSocket to ${this.url}: ${error.message}`));
        return;
      }

      socket.onerror = () => {
        fail(new NcaLayerError(NcaLayerErrorCodes.notAvailable, `NCALayer is not reachable at ${this.url}.`));
      };
      socket.onclose = () => {
        fail(new NcaLayerError(NcaLayerErrorCodes.notAvailable, `NCALayer closed the connection at ${this.url}.`));
        if (this.socket === socket) {
          this.socket = null;
        }
        const pending = this.pending;
        this.pending = null;
        pending?.reject(new NcaLayerError(NcaLayerErrorCodes.connectionLost, 'The connection to NCALayer closed before it responded.'));
      };
      socket.onmessage = (event) => {
        let parsed;
        try {
          parsed = JSON.parse(event.data);
        } catch {
          parsed = undefined;
        }
        if (!settled) {
          // NCALayer's first message after connecting is {"result":{"version":"…"}}.
          settled = true;
          clearTimeout(timer);
          this.socket = socket;
          this.version = parsed?.result?.version ?? null;
          resolve(this.version);
          return;
        }
        const pending = this.pending;
        this.pending = null;
        if (!pending) {
          return;
        }
        if (parsed === null || typeof parsed !== 'object') {
          pending.reject(invalidResponse(event.data));
          return;
        }
        pending.resolve(parsed);
      };
    });
  }
}

function invalidResponse(response) {
  const text = typeof response === 'string' ? response : JSON.stringify(response);
  return new NcaLayerError(NcaLayerErrorCodes.invalidResponse, `NCALayer sent a response this client cannot read: ${text.slice(0, 200)}`);
}

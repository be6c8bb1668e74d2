// Tests of src/Idocs.Web/wwwroot/js/ncalayer.js against the Idocs test signer. NcaLayerScriptTests
// starts the signers and passes their addresses in environment variables:
// NCALAYER_URL (signs), NCALAYER_CANCEL_URL (responds to every dialog as closed), NCALAYER_MISSING_URL (nothing listens).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NcaLayerClient, NcaLayerErrorCodes, bytesToBase64, isNcaLayerMissing } from '../../../../src/Idocs.Web/wwwroot/js/ncalayer.js';

const signerUrl = process.env.NCALAYER_URL;
const cancelUrl = process.env.NCALAYER_CANCEL_URL;
const missingUrl = process.env.NCALAYER_MISSING_URL;

function client(url, options = {}) {
  return new NcaLayerClient({ url, connectTimeoutMs: 3000, requestTimeoutMs: 20000, ...options });
}

async function rejectionOf(promise) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('The promise resolved although it should reject.');
}

test('connect to running signer returns version', async () => {
  const ncaLayer = client(signerUrl);

  const version = await ncaLayer.connect();
  ncaLayer.close();

  assert.equal(typeof version, 'string');
});

test('signCms one item returns base64 CMS', async () => {
  const ncaLayer = client(signerUrl);

  const cms = await ncaLayer.signCms(bytesToBase64(new TextEncoder().encode('contract')));
  ncaLayer.close();

  assert.match(cms, /^[A-Za-z0-9+/]+=*$/);
  assert.equal(Buffer.from(cms, 'base64')[0], 0x30);
});

test('signCms many items concurrently returns one CMS per item in order', async () => {
  const ncaLayer = client(signerUrl);
  const items = ['a', 'b', 'c'].map((text) => bytesToBase64(new TextEncoder().encode(text)));

  const [batch, single] = await Promise.all([ncaLayer.signCms(items), ncaLayer.signCms(items[0], { attached: true })]);
  ncaLayer.close();

  assert.equal(batch.length, 3);
  assert.ok(Buffer.from(single, 'base64').includes(Buffer.from('a')));
});

test('signXml one document returns signed XML string', async () => {
  const ncaLayer = client(signerUrl);

  const signed = await ncaLayer.signXml('<login><nonce>42</nonce></login>');
  ncaLayer.close();

  assert.match(signed, /<ds:SignatureValue>/);
});

test('getActiveTokens returns an array', async () => {
  const ncaLayer = client(signerUrl);

  const tokens = await ncaLayer.getActiveTokens();
  ncaLayer.close();

  assert.ok(Array.isArray(tokens));
});

test('signCms canceled dialog rejects with canceled code', async () => {
  const ncaLayer = client(cancelUrl);

  const error = await rejectionOf(ncaLayer.signCms('MTEK'));
  ncaLayer.close();

  assert.equal(error.code, NcaLayerErrorCodes.canceled);
});

test('getKeyInfo canceled dialog rejects with canceled code', async () => {
  const ncaLayer = client(cancelUrl);

  const error = await rejectionOf(ncaLayer.getKeyInfo());
  ncaLayer.close();

  assert.equal(error.code, NcaLayerErrorCodes.canceled);
});

test('signXml invalid XML rejects with failed code', async () => {
  const ncaLayer = client(signerUrl);

  const error = await rejectionOf(ncaLayer.signXml('<this>is not XML'));
  ncaLayer.close();

  assert.equal(error.code, NcaLayerErrorCodes.failed);
  assert.ok(error.details.length > 0);
});

test('connect with nothing listening rejects as missing NCALayer', async () => {
  const ncaLayer = client(missingUrl);

  const error = await rejectionOf(ncaLayer.signCms('MTEK'));

  assert.equal(error.code, NcaLayerErrorCodes.notAvailable);
  assert.ok(isNcaLayerMissing(error));
});

test('signCms empty list rejects as invalid argument', async () => {
  const ncaLayer = client(signerUrl);

  const error = await rejectionOf(ncaLayer.signCms([]));

  assert.equal(error.code, NcaLayerErrorCodes.invalidArgument);
});

// Checks a transparency-log receipt in the browser, as `java -jar pdca-ledger.jar verify-receipt` does: the leaf hash
// (SHA-256(0x00 || leaf), the leaf in RFC 8785 form), the checkpoint's Ed25519 signature (Web Crypto, where the
// browser has Ed25519; otherwise it says the signature was not checked), the inclusion proof (RFC 9162 §2.1.3.2)
// and, given the document, that it is the one in the leaf. The key is the one this page shows.
(function () {
  'use strict';

  const encoder = new TextEncoder();

  function base64ToBytes(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function bytesToBase64(bytes) {
    let binary = '';
    bytes.forEach(b => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function concat(...parts) {
    const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    parts.forEach(p => { all.set(p, at); at += p.length; });
    return all;
  }

  function equal(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }

  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  }

  const leafHash = leaf => sha256(concat(new Uint8Array([0]), leaf));
  const nodeHash = (left, right) => sha256(concat(new Uint8Array([1]), left, right));

  // RFC 8785: JSON.stringify already writes strings and numbers as JCS does; objects' keys sorted by UTF-16 units.
  function canonical(value) {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
    return '{' + Object.keys(value).sort().map(k => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
  }

  async function includes(index, size, hash, proof, root) {
    if (index < 0 || index >= size || hash.length !== 32 || root.length !== 32) return false;
    let fn = index, sn = size - 1, r = hash;
    for (const p of proof) {
      if (p.length !== 32 || sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
    }
    return sn === 0 && equal(r, root);
  }

  function publicKeyDer() {
    const pem = document.getElementById('public-key').textContent;
    return base64ToBytes(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
  }

  // C2SP signed-note: key id = SHA-256(name || 0x0A || 0x01 || raw key)[0:4]; a line "— name base64(id || sig)".
  async function signatureCheck(note, origin) {
    const split = note.indexOf('\n\n');
    const text = note.substring(0, split + 1);
    const der = publicKeyDer();
    const raw = der.slice(der.length - 32);
    const keyId = (await sha256(concat(encoder.encode(origin), new Uint8Array([0x0a, 0x01]), raw))).slice(0, 4);
    let key;
    try {
      key = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
    } catch (unsupported) {
      return { passed: null, detail: 'このブラウザは Ed25519 に対応していないため、署名は確認していません（コマンドで確認してください）' };
    }
    const lines = note.substring(split + 2).split('\n').filter(line => line.startsWith('\u2014 ' + origin + ' '));
    for (const line of lines) {
      let signed;
      try { signed = base64ToBytes(line.substring(origin.length + 3)); } catch (notBase64) { continue; }
      if (signed.length === 68 && equal(signed.slice(0, 4), keyId)
          && await crypto.subtle.verify('Ed25519', key, signed.slice(4), encoder.encode(text))) {
        return { passed: true, detail: origin };
      }
    }
    return { passed: false, detail: 'この鍵の署名がチェックポイントと合いません' };
  }

  async function verify(receiptText, documentText) {
    const results = [];
    let receipt;
    try {
      receipt = JSON.parse(receiptText);
      if (receipt.format !== 'pdca-ledger-receipt/v1') throw new Error('format');
    } catch (notReceipt) {
      return [{ label: '受領証', passed: false, detail: '受領証（pdca-ledger-receipt/v1）ではありません' }];
    }
    const hash = await leafHash(encoder.encode(receipt.leaf));
    let canonicalLeaf = false;
    try { canonicalLeaf = canonical(JSON.parse(receipt.leaf)) === receipt.leaf; } catch (notJson) { /* false */ }
    results.push({ label: '葉のハッシュ', passed: bytesToBase64(hash) === receipt.leafHash && canonicalLeaf,
      detail: canonicalLeaf ? bytesToBase64(hash) : '葉が RFC 8785 の正規形ではありません' });

    const note = receipt.checkpoint || '';
    const lines = note.substring(0, note.indexOf('\n\n') + 1).split('\n');
    const origin = lines[0];
    const size = Number(lines[1]);
    let root = new Uint8Array(0);
    try { root = base64ToBytes(lines[2] || ''); } catch (notBase64) { /* no root */ }
    const signature = await signatureCheck(note, origin);
    results.push({ label: 'チェックポイントの署名', passed: signature.passed, detail: signature.detail });

    let proof = [];
    try { proof = receipt.inclusionProof.map(base64ToBytes); } catch (notBase64) { proof = null; }
    let stated = new Uint8Array(0);
    try { stated = base64ToBytes(receipt.leafHash); } catch (notBase64) { /* none */ }
    const included = proof !== null && size === receipt.treeSize
        && await includes(receipt.index, size, stated, proof, root);
    results.push({ label: '包含証明', passed: included, detail: '記録 ' + receipt.index + '（全 ' + size + ' 件中）' });

    if (documentText) {
      let same = false;
      try { same = canonical(JSON.parse(documentText)) === canonical(JSON.parse(receipt.leaf).document); } catch (e) { /* false */ }
      results.push({ label: '文書の一致', passed: same, detail: same ? '記録された文書と同じです' : '記録された文書と異なります' });
    }
    return results;
  }

  function show(results) {
    const output = document.getElementById('verify-output');
    output.replaceChildren();
    const list = document.createElement('ul');
    results.forEach(result => {
      const item = document.createElement('li');
      const mark = result.passed === true ? 'OK' : result.passed === null ? '未確認' : '不一致';
      item.textContent = mark + ' — ' + result.label + ': ' + result.detail;
      list.appendChild(item);
    });
    const summary = document.createElement('p');
    const failed = results.filter(r => r.passed === false).map(r => r.label);
    summary.textContent = failed.length === 0
        ? (results.some(r => r.passed === null) ? '確認できた項目はすべて一致しました（未確認の項目があります）' : 'OK: すべて一致しました')
        : '不一致: ' + failed.join('、');
    output.append(summary, list);
  }

  const readFile = input => input.files.length ? input.files[0].text() : Promise.resolve(null);

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('verify-form');
    if (!form) return;
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const receipt = await readFile(document.getElementById('receipt-file'));
      if (receipt === null) return;
      show(await verify(receipt, await readFile(document.getElementById('document-file'))));
    });
    // from a publication's page: its receipt and document, fetched from this site
    const params = new URLSearchParams(location.search);
    const sameSite = path => path && path.startsWith('/public/');
    if (sameSite(params.get('receipt'))) {
      Promise.all([fetch(params.get('receipt')).then(r => r.text()),
        sameSite(params.get('document')) ? fetch(params.get('document')).then(r => r.text()) : Promise.resolve(null)])
        .then(([receipt, doc]) => verify(receipt, doc)).then(show);
    }
  });
}());

/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { LANGUAGE_ID, liveDocument, openInEditor, SEED, waitFor } from '../helpers';

describe('language', () => {
  it(`opens the seed article in language ${LANGUAGE_ID}`, async () => {
    const doc = await openInEditor(SEED);
    // A .txt may open as plaintext and be switched once its content is recognised.
    const lang = await waitFor(() => liveDocument(doc.uri)?.languageId === LANGUAGE_ID, `language ${LANGUAGE_ID}`).then(
      () => LANGUAGE_ID,
      () => liveDocument(doc.uri)?.languageId,
    );
    assert.equal(lang, LANGUAGE_ID);
  });
});

import { describe, expect, it } from 'vitest';
import { receiverError } from '../../../entrypoints/options/receiver-error';

describe('receiver errors in words (issue 11, item 13)', () => {
  it('says a refused token is a token problem, with the status on demand', () => {
    const raw = 'The receiver answered 401 Unauthorized for http://localhost:8787/applications';
    expect(receiverError(raw)).toEqual({ text: 'The token was refused: check it in Options.', detail: raw });
  });

  it('leaves messages already in words alone', () => {
    expect(receiverError('Set the receiver URL in the options first')).toEqual({
      text: 'Set the receiver URL in the options first',
      detail: null,
    });
  });
});

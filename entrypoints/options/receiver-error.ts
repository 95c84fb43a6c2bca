// A failed applicant import in the marketer's words, with the technical detail kept for on demand.

export interface ReceiverError {
  text: string;
  /** The error as the background reported it (status, URL), shown only when asked. */
  detail: string | null;
}

export function receiverError(message: string): ReceiverError {
  if (/answered 40[13]\b/.test(message))
    return { text: 'The token was refused: check it in Options.', detail: message };
  if (/answered 404\b/.test(message))
    return { text: 'No receiver at this address: check the receiver URL.', detail: message };
  if (/Failed to fetch|NetworkError|answered 5\d\d/.test(message))
    return { text: 'The receiver could not be reached: is it running?', detail: message };
  return { text: message, detail: null };
}

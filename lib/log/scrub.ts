/**
 * Shapes of our secrets that can hide inside free text (an error's message, a URL a library logged):
 * one-time link tokens, bearer credentials, JWTs (access tokens, sessions), refresh tokens, session
 * cookies. Named fields (password, token, cookie…) are removed by the logger's redaction instead.
 */
const SECRET_SHAPES: [RegExp, string][] = [
  [/([?&](?:token|code|secret)=)[^&\s"'#]+/gi, "$1[redacted]"],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/g, "Bearer [redacted]"],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, "[redacted token]"],
  [/\bmqr_[A-Za-z0-9_-]{16,}/g, "[redacted token]"],
  [/(authjs\.[\w.-]+=)[^;\s"']+/g, "$1[redacted]"],
];

export function scrubSecrets(text: string): string {
  return SECRET_SHAPES.reduce((scrubbed, [shape, replacement]) => scrubbed.replace(shape, replacement), text);
}

/** The ports of one e2e run, all derived from E2E_PORT so that several runs can share a machine. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const resendMockPort = Number(process.env.RESEND_MOCK_PORT ?? e2ePort + 99);
export const resendMockUrl = `http://127.0.0.1:${resendMockPort}`;
export const stripeFakePort = Number(process.env.STRIPE_FAKE_PORT ?? e2ePort + 98);
export const stripeFakeUrl = `http://127.0.0.1:${stripeFakePort}`;
/** Shared by the e2e server and the Stripe stand-in that signs its webhooks; a test value, never a real secret. */
export const STRIPE_E2E_WEBHOOK_SECRET = "whsec_e2e_marquee_test_only";

/** The ports of one e2e run, all derived from E2E_PORT so that several runs can share a machine. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const resendMockPort = Number(process.env.RESEND_MOCK_PORT ?? e2ePort + 99);
export const resendMockUrl = `http://127.0.0.1:${resendMockPort}`;

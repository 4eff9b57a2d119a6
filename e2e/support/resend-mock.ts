import { startResendFake } from "../../test/resend-fake";
import { resendMockPort } from "./ports";

/** The Resend stand-in for browser and API tests (playwright.config.ts and e2e/api/support/server.ts start it). */
void startResendFake({ port: resendMockPort });

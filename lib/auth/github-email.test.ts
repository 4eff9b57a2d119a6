import { describe, expect, it } from "vitest";
import { githubProfileWithVerifiedEmail, pickVerifiedGitHubEmail } from "./github-email";

const entry = (email: string, verified: boolean, primary = false) => ({ email, verified, primary });

describe("pickVerifiedGitHubEmail", () => {
  it.each([
    ["the public email when GitHub lists it verified", "pat@example.test", [entry("pat@example.test", true), entry("p@work.test", true, true)], { email: "pat@example.test", email_verified: true }],
    ["the primary verified one when the public one is unverified", "pat@example.test", [entry("pat@example.test", false), entry("p@work.test", true, true)], { email: "p@work.test", email_verified: true }],
    ["the primary verified one when there is no public email", null, [entry("p@work.test", true, true)], { email: "p@work.test", email_verified: true }],
    ["unverified when nothing is verified", "pat@example.test", [entry("pat@example.test", false, true)], { email: "pat@example.test", email_verified: false }],
    ["unverified when a verified address is neither public nor primary", null, [entry("other@example.test", true), entry("p@work.test", false, true)], { email: null, email_verified: false }],
    ["unverified when GitHub lists nothing", "pat@example.test", [], { email: "pat@example.test", email_verified: false }],
  ])("%s", (_what, publicEmail, emails, expected) => {
    expect(pickVerifiedGitHubEmail(publicEmail, emails)).toEqual(expected);
  });
});

describe("githubProfileWithVerifiedEmail", () => {
  it("asks /user/emails with the access token even when the profile shows an email", async () => {
    const calls: string[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(`${String(url)} ${new Headers(init?.headers).get("authorization")}`);
      if (String(url).endsWith("/user")) return Response.json({ id: 7, login: "pat", email: "pat@example.test" });
      return Response.json([entry("pat@example.test", false, true)]);
    }) as typeof fetch;
    const profile = await githubProfileWithVerifiedEmail({ tokens: { access_token: "gho_token" } }, fakeFetch);
    expect(calls).toEqual(["https://api.github.com/user Bearer gho_token", "https://api.github.com/user/emails Bearer gho_token"]);
    expect(profile).toMatchObject({ id: 7, login: "pat", email: "pat@example.test", email_verified: false });
  });

  it("treats a refused /user/emails as no verified address", async () => {
    const fakeFetch = (async (url: string | URL | Request) =>
      String(url).endsWith("/user") ? Response.json({ id: 7, email: null }) : new Response("", { status: 403 })) as typeof fetch;
    expect(await githubProfileWithVerifiedEmail({ tokens: { access_token: "t" } }, fakeFetch)).toMatchObject({ email: null, email_verified: false });
  });
});

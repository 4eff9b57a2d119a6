import type { ReactNode } from "react";
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "@react-email/components";

/** Marquee's branding around every email; plain-text parts are rendered from the same tree. */
export function EmailLayout({ preview, heading, children }: { preview: string; heading: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "Helvetica, Arial, sans-serif", color: "#18181b" }}>
        <Container style={{ backgroundColor: "#ffffff", margin: "24px auto", padding: "24px", maxWidth: "560px", borderRadius: "8px" }}>
          <Text style={{ color: "#a3162f", fontWeight: 700, fontSize: "20px", margin: "0 0 16px" }}>Marquee</Text>
          <Heading as="h1" style={{ fontSize: "22px", margin: "0 0 16px" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#e4e4e7", margin: "24px 0 12px" }} />
          <Text style={{ color: "#71717a", fontSize: "12px", margin: 0 }}>
            Marquee — movie tickets. You received this email because of activity on your Marquee account.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

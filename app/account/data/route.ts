import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/dal";
import { exportAccountData } from "@/lib/account/data-export";
import { now } from "@/lib/clock";
import { answeringOutages } from "@/lib/api/outage";

/** "Download your data": everything we hold about the signed-in user, as a JSON file. */
export const GET = answeringOutages(async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in to download your data." }, { status: 401 });
  const data = await exportAccountData(user.id);
  if (!data) return NextResponse.json({ error: "Sign in to download your data." }, { status: 401 });
  const day = now().toISOString().slice(0, 10);
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="marquee-data-${day}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
});

import { getCurrentUser } from "@/lib/auth/dal";
import { env } from "@/lib/env";
import { calendarFileName, showtimeCalendarFile } from "@/lib/orders/calendar";
import { getOrderForUser } from "@/lib/orders/queries";
import { orderNumberSchema } from "@/lib/orders/schemas";
import { answeringOutages } from "@/lib/api/outage";

/** The add-to-calendar file of one showtime of the signed-in customer's own order. */
export const GET = answeringOutages(async function GET(_request: Request, { params }: RouteContext<"/api/orders/[number]/calendar/[showtimeId]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to download your calendar file.", { status: 401 });
  const { number, showtimeId } = await params;
  const parsed = orderNumberSchema.safeParse(number);
  const order = parsed.success ? await getOrderForUser(user.id, parsed.data) : null;
  const showtime = order?.showtimes.find((s) => s.showtimeId === showtimeId);
  if (!order || !showtime) return new Response("Not found", { status: 404 });
  return new Response(showtimeCalendarFile(order.number, showtime, env.APP_URL), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendarFileName(order.number, showtime)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});

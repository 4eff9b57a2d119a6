"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Tickets sold per day over the last 30 days. Only the dashboard imports it, so recharts loads only there. */
export function SalesChart({ data }: { data: { day: string; tickets: number }[] }) {
  const total = data.reduce((sum, d) => sum + d.tickets, 0);
  return (
    <figure className="flex flex-col gap-2">
      <div className="h-64 w-full" role="img" aria-label={`Bar chart: ${total} tickets sold over the last 30 days, per day.`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(8)} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip labelFormatter={(day) => String(day)} formatter={(value) => [value, "Tickets"]} />
            <Bar dataKey="tickets" fill="#a3162f" radius={[3, 3, 0, 0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-zinc-600">Tickets sold per day, last 30 days.</figcaption>
    </figure>
  );
}

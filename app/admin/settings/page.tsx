import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { BookingPolicyForm, FormatForm, SeatSurchargesForm } from "@/components/admin/settings-forms";
import { TicketTypeForm } from "@/components/admin/ticket-type-form";
import { SecurityPolicyForm } from "@/components/admin/security-policy-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { getSecurityPolicy } from "@/lib/auth/mfa/admin-policy";
import { getSettings } from "@/lib/settings/queries";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireAdminPage("/admin/settings");
  const [settings, securityPolicy] = await Promise.all([getSettings(), getSecurityPolicy()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title="Settings" description="Amounts are in the showtime's currency, e.g. 2.50. Changes apply to new bookings." />
      <section aria-labelledby="policy" className="flex flex-col gap-3">
        <h2 id="policy" className="text-lg font-semibold">Booking fee and refund policy</h2>
        <BookingPolicyForm policy={settings.policy} />
      </section>
      <section aria-labelledby="formats" className="flex flex-col gap-3">
        <h2 id="formats" className="text-lg font-semibold">Formats</h2>
        {settings.formats.map((format) => (
          <FormatForm key={format.id} format={format} />
        ))}
        <FormatForm />
      </section>
      <section aria-labelledby="ticket-types" className="flex flex-col gap-3">
        <h2 id="ticket-types" className="text-lg font-semibold">Ticket types</h2>
        {settings.ticketTypes.map((type) => (
          <TicketTypeForm key={type.id} type={type} />
        ))}
        <TicketTypeForm />
      </section>
      <section aria-labelledby="seats" className="flex flex-col gap-3">
        <h2 id="seats" className="text-lg font-semibold">Seat surcharges</h2>
        <SeatSurchargesForm surcharges={settings.seatSurcharges} />
      </section>
      <section aria-labelledby="account-security" className="flex flex-col gap-3">
        <h2 id="account-security" className="text-lg font-semibold">Account security</h2>
        <SecurityPolicyForm policy={securityPolicy} />
      </section>
    </div>
  );
}

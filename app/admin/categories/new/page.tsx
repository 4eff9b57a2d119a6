import type { Metadata } from "next";
import { CategoryForm } from "@/components/admin/category-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";

export const metadata: Metadata = { title: "New category" };

export default async function NewCategoryPage() {
  await requireAdminPage("/admin/categories/new");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="New category" back={{ href: "/admin/categories", label: "Categories" }} />
      <CategoryForm />
    </div>
  );
}

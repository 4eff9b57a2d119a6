import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryForm } from "@/components/admin/category-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireAdminPage } from "@/lib/auth/dal";
import { getCategory } from "@/lib/catalog/admin-queries";
import { isUuid } from "@/lib/admin/ids";

export const metadata: Metadata = { title: "Edit category" };

export default async function EditCategoryPage({ params }: PageProps<"/admin/categories/[id]/edit">) {
  const { id } = await params;
  await requireAdminPage(`/admin/categories/${id}/edit`);
  const category = isUuid(id) ? await getCategory(id) : null;
  if (!category) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={`Edit ${category.name}`} back={{ href: `/admin/categories/${category.id}`, label: category.name }} />
      <CategoryForm category={category} />
    </div>
  );
}

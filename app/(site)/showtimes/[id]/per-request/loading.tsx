export { SeatMapLoading as default } from "@/components/booking/seat-map-loading";

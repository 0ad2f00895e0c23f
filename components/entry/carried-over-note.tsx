/** The 沿用上年 marker of a copied text or figure, shown until the user saves it. */
export function CarriedOverNote({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <span className="carried-over" role="note">
      沿用上年，请核对
    </span>
  );
}

/** The fact the crash writer adds as its `number`th of `round`, so the test knows what to expect. */
export function crashFact(round: number, number: number) {
  return {
    en: `Crash round ${round} wrote fact number ${number}.`,
    ar: `كتبت جولة الانهيار ${round} الحقيقة رقم ${number}.`,
    paragraph: 1,
  };
}

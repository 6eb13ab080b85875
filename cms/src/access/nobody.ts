/** Field-level: nobody sets this field by hand; hooks write it. */
export const nobody = (): boolean => false

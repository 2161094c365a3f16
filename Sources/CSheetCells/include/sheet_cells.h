#ifndef TONGHOP_SHEET_CELLS_H
#define TONGHOP_SHEET_CELLS_H
/* The cells and rows of a sheet written without printf, and a large sheet's rows handed to
   the zip without a copy.

   libxlsxwriter formats every cell of a constant-memory sheet with fprintf, and names it
   with snprintf ("B100"); a number goes through "%.16G", which glibc formats in multiple
   precision. On a form sheet of a million rows that is a third of the thread writing it.
   libxlsxwriter calls its cell writers through its own PLT, so this target defines six
   of them in the program itself and the dynamic linker binds the library's calls here:

     _write_number_cell         <c r="B100" s="6"><v>1971</v></c>
     _write_inline_string_cell  <c r="C100" s="5" t="inlineStr"><is><t>…</t></is></c>
     lxw_rowcol_to_cell         B100
     _write_row                 <row r="100" ht="18" customHeight="1">  (a plain row; any
                                other goes to the library's own)
     _write_cell                <c r="L100" s="5"/>  (a blank cell; any other kind goes to
                                the library's own, which calls the writers above)
     lxw_xml_end_tag            </row>

   Each writes exactly the bytes libxlsxwriter 1.1.4 writes (a number that is not a whole
   number below 10^15 still goes through "%.16G"), but builds them in a buffer and writes
   them with fwrite. They do so only with the libxlsxwriter they were compiled against
   (1.1.4, whose lxw_worksheet, lxw_row and lxw_cell they read); with any other version, or
   if the library's own functions cannot be found with dlsym(RTLD_NEXT), every call goes to
   the library's own function.

   sheet_data.c, under the same switch, hands a constant-memory sheet's rows to the zip
   without the copy libxlsxwriter makes of them when the workbook closes. */

/* Whether the cells are written here: the library is 1.1.4 and its functions were found. */
int tonghop_sheet_cells_available(void);

/* 0 sends every call to the library's own functions (to compare the bytes), 1 (the
   default) writes them here when available. For the calling thread. */
void tonghop_sheet_cells_set(int enabled);

/* Whether this thread writes here: available and not switched off. */
int tonghop_sheet_cells_enabled(void);

/* How many cells the calling thread has written here: proof that the binding took. */
long tonghop_sheet_cells_written(void);

/* How many bytes of rows the calling thread has handed to the zip without a copy. */
long long tonghop_sheet_rows_handed_over(void);

#endif

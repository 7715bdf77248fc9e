using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using MudBlazor.Services;

namespace CsrSponsorship.Web.Components.Layout;

// MudBlazor's own words (pager, sort, column options, +/-, "Open", dialogs, uploads...) in Bahasa Indonesia
// (decision 0171). The app speaks only Indonesian, so the answer does not depend on the browser's language;
// IndonesianMudLocalizerTests checks that every key MudBlazor ships has an answer here.
internal sealed class IndonesianMudLocalizer : MudLocalizer
{
    internal static readonly FrozenDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Converter_ConversionError"] = "Galat konversi: {0}",
        ["Converter_ConversionFailed"] = "Konversi dari {0} ke {1} gagal: {2}",
        ["Converter_ConversionNotImplemented"] = "Konversi ke jenis {0} belum tersedia",
        ["Converter_InvalidBoolean"] = "Bukan nilai ya/tidak yang sah",
        ["Converter_InvalidDateTime"] = "Bukan tanggal dan waktu yang sah",
        ["Converter_InvalidGUID"] = "Bukan GUID yang sah",
        ["Converter_InvalidNumber"] = "Bukan angka yang sah",
        ["Converter_InvalidTimeSpan"] = "Bukan rentang waktu yang sah",
        ["Converter_InvalidType"] = "Bukan {0} yang sah",
        ["Converter_NotValueOf"] = "Bukan salah satu nilai {0}",
        ["Converter_UnableToConvert"] = "Tidak dapat mengubah jenis {1} menjadi {0}",
        ["HeatMap_Less"] = "Lebih sedikit",
        ["HeatMap_More"] = "Lebih banyak",
        ["MudAlert_Close"] = "Tutup",
        ["MudBaseDatePicker_NextMonth"] = "Bulan berikutnya {0}",
        ["MudBaseDatePicker_NextYear"] = "Tahun berikutnya {0}",
        ["MudBaseDatePicker_Open"] = "Buka",
        ["MudBaseDatePicker_PrevMonth"] = "Bulan sebelumnya {0}",
        ["MudBaseDatePicker_PrevYear"] = "Tahun sebelumnya {0}",
        ["MudBreadcrumbs_Label"] = "Jejak navigasi",
        ["MudCarousel_Index"] = "Slide {0}",
        ["MudCarousel_Next"] = "Berikutnya",
        ["MudCarousel_Previous"] = "Sebelumnya",
        ["MudChip_Close"] = "Tutup",
        ["MudColorPicker_AlphaSlider"] = "Penggeser transparansi",
        ["MudColorPicker_Close"] = "Tutup",
        ["MudColorPicker_GridView"] = "Kisi",
        ["MudColorPicker_HideSwatches"] = "Sembunyikan contoh warna",
        ["MudColorPicker_HueSlider"] = "Penggeser rona",
        ["MudColorPicker_ModeSwitch"] = "Ganti mode",
        ["MudColorPicker_Open"] = "Buka",
        ["MudColorPicker_PaletteView"] = "Palet",
        ["MudColorPicker_ShowSwatches"] = "Tampilkan contoh warna",
        ["MudColorPicker_SpectrumView"] = "Spektrum",
        ["MudDataGrid_AddFilter"] = "Tambah filter",
        ["MudDataGrid_Apply"] = "Terapkan",
        ["MudDataGrid_Cancel"] = "Batal",
        ["MudDataGrid_Clear"] = "Kosongkan",
        ["MudDataGrid_ClearFilter"] = "Hapus filter",
        ["MudDataGrid_CollapseAllGroups"] = "Ciutkan semua kelompok",
        ["MudDataGrid_CollapseGroup"] = "Ciutkan kelompok",
        ["MudDataGrid_Column"] = "Kolom",
        ["MudDataGrid_Columns"] = "Kolom",
        ["MudDataGrid_Contains"] = "memuat",
        ["MudDataGrid_EndsWith"] = "berakhir dengan",
        ["MudDataGrid_Equals"] = "sama dengan",
        ["MudDataGrid_EqualSign"] = "=",
        ["MudDataGrid_ExpandAllGroups"] = "Bentangkan semua kelompok",
        ["MudDataGrid_ExpandGroup"] = "Bentangkan kelompok",
        ["MudDataGrid_False"] = "tidak",
        ["MudDataGrid_Filter"] = "Filter",
        ["MudDataGrid_FilterValue"] = "Nilai filter",
        ["MudDataGrid_GreaterThanOrEqualSign"] = ">=",
        ["MudDataGrid_GreaterThanSign"] = ">",
        ["MudDataGrid_Group"] = "Kelompokkan",
        ["MudDataGrid_Hide"] = "Sembunyikan",
        ["MudDataGrid_HideAll"] = "Sembunyikan semua",
        ["MudDataGrid_Is"] = "adalah",
        ["MudDataGrid_IsAfter"] = "setelah",
        ["MudDataGrid_IsAnyOf"] = "salah satu dari",
        ["MudDataGrid_IsBefore"] = "sebelum",
        ["MudDataGrid_IsEmpty"] = "kosong",
        ["MudDataGrid_IsNot"] = "bukan",
        ["MudDataGrid_IsNotEmpty"] = "tidak kosong",
        ["MudDataGrid_IsOnOrAfter"] = "pada atau setelah",
        ["MudDataGrid_IsOnOrBefore"] = "pada atau sebelum",
        ["MudDataGrid_LessThanOrEqualSign"] = "<=",
        ["MudDataGrid_LessThanSign"] = "<",
        ["MudDataGrid_Loading"] = "Memuat…",
        ["MudDataGrid_MoveDown"] = "Pindah ke bawah",
        ["MudDataGrid_MoveUp"] = "Pindah ke atas",
        ["MudDataGrid_NotContains"] = "tidak memuat",
        ["MudDataGrid_NotEquals"] = "tidak sama dengan",
        ["MudDataGrid_NotEqualSign"] = "!=",
        ["MudDataGrid_OpenFilters"] = "Buka filter",
        ["MudDataGrid_Operator"] = "Operator",
        ["MudDataGrid_RefreshData"] = "Muat ulang data",
        ["MudDataGrid_RemoveFilter"] = "Hapus filter",
        ["MudDataGrid_ReorderColumn"] = "Ubah urutan kolom",
        ["MudDataGrid_Save"] = "Simpan",
        ["MudDataGrid_SelectAllRows"] = "Pilih semua baris",
        ["MudDataGrid_SelectRow"] = "Pilih baris",
        ["MudDataGrid_ShowAll"] = "Tampilkan semua",
        ["MudDataGrid_ShowColumnOptions"] = "Pilihan kolom",
        ["MudDataGrid_Sort"] = "Urutkan",
        ["MudDataGrid_StartsWith"] = "diawali dengan",
        ["MudDataGrid_ToggleGroupExpansion"] = "Bentangkan atau ciutkan kelompok",
        ["MudDataGrid_True"] = "ya",
        ["MudDataGrid_Ungroup"] = "Batalkan pengelompokan",
        ["MudDataGrid_Unsort"] = "Batalkan urutan",
        ["MudDataGrid_Value"] = "Nilai",
        ["MudDataGridPager_AllItems"] = "Semua",
        ["MudDataGridPager_FirstPage"] = "Halaman pertama",
        ["MudDataGridPager_InfoFormat"] = "{0}–{1} dari {2}",
        ["MudDataGridPager_LastPage"] = "Halaman terakhir",
        ["MudDataGridPager_NextPage"] = "Halaman berikutnya",
        ["MudDataGridPager_PreviousPage"] = "Halaman sebelumnya",
        ["MudDataGridPager_RowsPerPage"] = "Baris per halaman:",
        ["MudDateRangePicker_End"] = "Tanggal akhir",
        ["MudDateRangePicker_Start"] = "Tanggal mulai",
        ["MudDialog_Close"] = "Tutup",
        ["MudExitPrompt_Cancel"] = "Batal",
        ["MudExitPrompt_Exit"] = "Tinggalkan",
        ["MudExitPrompt_Text"] = "Tinggalkan halaman ini? Perubahan yang belum disimpan akan hilang.",
        ["MudExitPrompt_Title"] = "Konfirmasi pindah halaman",
        ["MudFileUpload_Button"] = "Pilih berkas",
        ["MudFileUpload_DragAndDrop"] = "Seret berkas ke sini atau klik untuk memilih",
        ["MudFileUpload_FileSizeError"] = "Berkas '{0}' melebihi ukuran maksimum {1} bita.",
        ["MudFileUpload_MaximumFileCountExceeded"] = "{0} berkas dipilih, melebihi batas {1} berkas",
        ["MudFormComponent_Required"] = "Wajib diisi",
        ["MudInput_Clear"] = "Kosongkan",
        ["MudInput_Decrement"] = "Kurangi",
        ["MudInput_Increment"] = "Tambah",
        ["MudNavGroup_ToggleExpand"] = "Bentangkan atau ciutkan {0}",
        ["MudPageContentNavigation_NavMenu"] = "Daftar isi",
        ["MudPagination_CurrentPage"] = "Halaman saat ini {0}",
        ["MudPagination_FirstPage"] = "Halaman pertama",
        ["MudPagination_LastPage"] = "Halaman terakhir",
        ["MudPagination_NextPage"] = "Halaman berikutnya",
        ["MudPagination_PageIndex"] = "Halaman {0}",
        ["MudPagination_PreviousPage"] = "Halaman sebelumnya",
        ["MudRangeInput_End"] = "Akhir",
        ["MudRangeInput_Start"] = "Awal",
        ["MudRating_Label"] = "Penilaian",
        ["MudRatingItem_Label"] = "Nilai {0}",
        ["MudSelect_SelectAll"] = "Pilih semua",
        ["MudSnackbar_Close"] = "Tutup",
        ["MudSplitPanel_ResizePanels"] = "Ubah ukuran panel",
        ["MudStepper_Complete"] = "Selesai",
        ["MudStepper_Next"] = "Berikutnya",
        ["MudStepper_Previous"] = "Sebelumnya",
        ["MudStepper_Reset"] = "Ulangi",
        ["MudStepper_Skip"] = "Lewati",
        ["MudTable_CancelEditRow"] = "Batalkan ubahan",
        ["MudTable_CollapseGroup"] = "Ciutkan kelompok",
        ["MudTable_CommitRow"] = "Simpan ubahan",
        ["MudTable_EditRow"] = "Ubah baris",
        ["MudTable_ExpandGroup"] = "Bentangkan kelompok",
        ["MudTable_Loading"] = "Memuat…",
        ["MudTable_SelectAllRows"] = "Pilih semua baris",
        ["MudTable_SelectGroup"] = "Pilih kelompok",
        ["MudTable_SelectRow"] = "Pilih baris",
        ["MudTablePager_FirstPage"] = "Halaman pertama",
        ["MudTablePager_LastPage"] = "Halaman terakhir",
        ["MudTablePager_NextPage"] = "Halaman berikutnya",
        ["MudTablePager_PreviousPage"] = "Halaman sebelumnya",
        ["MudTabs_AddTab"] = "Tambah tab",
        ["MudTabs_CloseTab"] = "Tutup tab",
        ["MudTabs_ScrollDown"] = "Gulir tab ke bawah",
        ["MudTabs_ScrollLeft"] = "Gulir tab ke kiri",
        ["MudTabs_ScrollRight"] = "Gulir tab ke kanan",
        ["MudTabs_ScrollUp"] = "Gulir tab ke atas",
        ["MudTimePicker_Open"] = "Buka",
        ["MudTreeView_CollapseItem"] = "Ciutkan",
        ["MudTreeView_ExpandItem"] = "Bentangkan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override LocalizedString this[string key] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, text)
            : new LocalizedString(key, key, resourceNotFound: true);

    // Numbers in the arguments (the pager's first/last/all items) come already formatted by MudBlazor; any other
    // number is grouped the Indonesian way.
    public override LocalizedString this[string key, params object[] arguments] =>
        Texts.TryGetValue(key, out var text)
            ? new LocalizedString(key, string.Format(CsrSponsorship.Web.Components.Shared.AppCulture.Indonesian, text, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}

internal static class IndonesianMudLocalizerRegistration
{
    // MudBlazor asks its MudLocalizer only when the UI culture is not English; IgnoreDefaultEnglish makes it ask
    // always, so a browser or test host running in English still gets Indonesian.
    public static IServiceCollection AddIndonesianMudStrings(this IServiceCollection services)
    {
        services.AddTransient<MudLocalizer, IndonesianMudLocalizer>();
        services.AddLocalizationInterceptor(provider => new DefaultLocalizationInterceptor(
            provider.GetRequiredService<ILoggerFactory>(), provider.GetRequiredService<MudLocalizer>())
        {
            IgnoreDefaultEnglish = true,
        });
        return services;
    }
}

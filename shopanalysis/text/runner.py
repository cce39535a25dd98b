"""What the report runner says (:mod:`shopanalysis.runner`): parameter errors, existing and failed reports."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "runner",
    {
        # what a parameter of each type takes, in errors and in `shopanalysis list`
        "takes.int": ("整数", "a whole number"),
        "takes.float": ("数字", "a number"),
        "takes.bool": ("true 或 false", "true or false"),
        "takes.list": ("逗号分隔的列表", "a comma-separated list"),
        "takes.dict": ('JSON 对象，如 {{"paid": [0.05, 0.10]}}', 'a JSON object such as {{"paid": [0.05, 0.10]}}'),
        "takes.date": ("日期，如 2026-10-15", "an ISO date such as 2026-10-15"),
        "takes.month": ("月份，如 2026-10", "a month such as 2026-10"),
        "takes.str": ("文本", "text"),
        "parameter": ("{name}（{takes}）", "{name} ({takes})"),
        # errors a user can trigger
        "error.value": ("参数 {name!r} 要写{takes}；收到的是 {value!r}", "parameter {name!r} takes {takes}; got {value!r}"),
        "error.unknown_parameter": ("{report} 没有参数 {name!r}；它的参数有：{accepted:list}",
                                    "{report} has no parameter {name!r}; it accepts: {accepted:list}"),
        "error.pair": ("参数要写成 NAME=VALUE，如 -p date=2026-10-15；收到的是 {pair!r}",
                       "parameters are given as NAME=VALUE, e.g. -p date=2026-10-15; got {pair!r}"),
        "error.range": ("{name!r} 的区间 {chunk!r} 结束早于开始", "range {chunk!r} for {name!r} ends before it starts"),
        "error.unknown_report": ("没有名为 {name!r} 的报告；现有的报告：{known}", "no report named {name!r}; available: {known}"),
        "error.no_reports": ("没有名为 {name!r} 的报告；{folder} 里一个报告也没有",
                             "no report named {name!r}; there are no reports in {folder}"),
        "error.no_data_dir": ("{report} 不读导出文件（它没有 data_dir 参数），不能指定数据文件夹",
                              "{report} takes no data folder (it has no data_dir parameter)"),
        "error.exists": ("{folder} 已存在；要覆盖请加 --force", "{folder} already exists; pass --force to replace it"),
        "error.failed": ("{report} 运行失败，出错的是第 {cell} 个单元格：{error}", "{report} failed in cell {cell}: {error}"),
        "error.cell_starts": ("  该单元格开头：{line}", "  the cell starts: {line}"),
        "error.failed_kept": ("  运行到一半的笔记本保留在：{path}", "  partly run notebook kept: {path}"),
        "error.busy": ("{folder} 正在由另一个运行生成；等它结束后再运行",
                       "{folder} is being written by another run; run again when it has finished"),
        "error.out_is_file": ("{folder} 是一个文件，不是文件夹；报告要写进文件夹（换一个 --out）",
                              "{folder} is a file, not a folder; reports are written into a folder (choose another --out)"),
        "error.out_not_writable": ("不能写入 {folder}（只读或没有权限）；换一个 --out",
                                   "cannot write into {folder} (read-only or no permission); choose another --out"),
    },
)

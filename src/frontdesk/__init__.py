"""frontdesk — 社区服务中心前台系统, the front-desk program of a community service center."""

__version__ = "0.1.0"
APP_NAME = "frontdesk"

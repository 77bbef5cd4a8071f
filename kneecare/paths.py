"""Where KneeCare keeps its files: platformdirs by default, or everything under one `--data-dir`."""

from __future__ import annotations

from pathlib import Path

from kneecare.core.lazy_dataclass import dataclass

APP_DIR_NAME = "KneeCare"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    config: Path
    logs: Path
    runtime: Path

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_DIR_NAME, appauthor=False)
        return cls(
            data=Path(dirs.user_data_dir),
            config=Path(dirs.user_config_dir),
            logs=Path(dirs.user_log_dir),
            runtime=Path(dirs.user_runtime_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything the app writes goes below `root` (portable use, tests)."""
        root = root.expanduser().resolve()
        return cls(data=root, config=root / "config", logs=root / "logs", runtime=root / "run")

    @classmethod
    def resolve(cls, data_dir: Path | None) -> AppPaths:
        return cls.under(data_dir) if data_dir is not None else cls.default()

    @property
    def database(self) -> Path:
        return self.data / "kneecare.sqlite3"

    @property
    def settings(self) -> Path:
        return self.config / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "kneecare.log"

    def ensure(self) -> None:
        """Create the folders, for this user only (0700), and make what is already in them private: the
        history, settings and logs are health data (kneecare.private)."""
        from kneecare.private import private_folder, tighten_paths

        for folder in (self.data, self.config, self.logs, self.runtime):
            private_folder(folder)
        tighten_paths(self.data, self.config, self.logs, self.runtime)

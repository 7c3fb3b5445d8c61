//! Core errors as Python exceptions.
//!
//! The exception classes are written in Python (`tessera_core/errors.py`), where they are
//! typed and documented; this module finds the class of a kind through that module's
//! `_BY_CODE` table, once per process, and raises it with the core's message.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

static BY_CODE: PyOnceLock<Py<PyDict>> = PyOnceLock::new();

/// The Python exception for a core error.
pub(crate) fn to_py_err(py: Python<'_>, error: &tessera_core::Error) -> PyErr {
    let class = BY_CODE
        .import(py, "tessera_core.errors", "_BY_CODE")
        .and_then(|table| table.get_item(error.code()));
    match class {
        Ok(Some(class)) => match class.call1((error.message(),)) {
            Ok(instance) => PyErr::from_value(instance),
            Err(e) => e,
        },
        // Only if errors.py and the core disagree, which the parity test forbids.
        Ok(None) => PyRuntimeError::new_err(format!(
            "{}: {} (no exception class for this code)",
            error.code(),
            error.message()
        )),
        Err(e) => e,
    }
}

/// `?`-friendly conversion of a core result.
pub(crate) trait CoreResult<T> {
    fn py(self, py: Python<'_>) -> PyResult<T>;
}

impl<T> CoreResult<T> for tessera_core::Result<T> {
    fn py(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| to_py_err(py, &e))
    }
}

//! Black-box federation tests (several real nodes over loopback HTTP); filled in by the federation work.

document.getElementById('boot-reload').onclick=()=>location.reload();for(let s of document.scripts)s.onerror=()=>document.body.className='boot-failed'
